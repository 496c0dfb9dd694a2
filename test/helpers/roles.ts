import type { Role } from '@/lib/db/schemas';

/** A small built-in-like role for tests that need one (not the shipped library). */
export function sampleRole(over: Partial<Role> = {}): Role {
  return {
    id: 'designer',
    nameZh: '美工/视觉设计',
    nameEn: 'Designer',
    department: '视觉',
    aliases: ['美工', '视觉设计'],
    duties: [
      { id: 'designer.pages', text: '设计店铺首页和商品详情页', textEn: 'Design the store front and product pages' },
      { id: 'designer.images', text: '制作主图、海报和活动图', textEn: 'Make main images, posters and campaign visuals' },
      { id: 'designer.photos', text: '商品图片的修图与后期', textEn: 'Retouch product photos' },
    ],
    requirements: {
      experienceYears: { min: 1, max: null },
      education: 'associate',
      skills: ['Photoshop', 'C4D'],
      items: [{ id: 'designer.req.ps', text: '熟练使用Photoshop等设计软件' }],
    },
    sources: [{ file: 'seed.txt', heading: '美工' }],
    origin: 'builtin',
    builtinVersion: 1,
    edited: false,
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}
